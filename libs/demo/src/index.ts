export * from './demo-register.data';
export * from './demo-consultations.data';
export * from './demo-seeder.service';
export * from './demo.module';
