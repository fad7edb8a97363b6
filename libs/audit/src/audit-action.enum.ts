import { registerEnumType } from '@nestjs/graphql';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ARCHIVE = 'ARCHIVE',
  MERGE = 'MERGE',
  ERASE = 'ERASE',
  DELETE = 'DELETE',
}

registerEnumType(AuditAction, { name: 'AuditAction' });
