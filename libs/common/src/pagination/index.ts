export * from './page-info.type.js';
export * from './connection.type.js';
export * from './cursor.js';
export * from './page.args.js';
export * from './order-direction.enum.js';
export * from './list-order.input.js';
