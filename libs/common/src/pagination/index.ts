export * from './page-info.type';
export * from './connection.type';
export * from './cursor';
export * from './page.args';
