export * from './demo-register.data.js';
export * from './demo-consultations.data.js';
export * from './demo-seeder.service.js';
export * from './demo.module.js';
export * from './demo-facilitation.data.js';
export * from './demo-practice.data.js';
