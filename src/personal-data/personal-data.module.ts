import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CitizenIds } from './citizen-id/citizen-ids';
import { CitizenDirectory } from './directory/citizen-directory';
import { CitizenLookupController } from './directory/citizen-lookup.controller';
import { CitizenErasure } from './erasure/erase-citizen';
import { ErasureController } from './erasure/erasure.controller';
import { DATA_KEY_STORE } from './keys/data-key-store';
import { keyRingFrom } from './keys/key-encryption-key';
import { KeyRingStartup } from './keys/key-ring-startup';
import { maintenanceQueryFor } from './keys/maintenance-query';
import { createPostgresDataKeyStore } from './keys/postgres-data-key-store';
import { sqlQueryFrom } from './keys/sql-query';
import { assertValidPersonalDataOptions, PERSONAL_DATA_OPTIONS, PersonalDataOptions } from './personal-data-options';
import { PersonalDataVault } from './vault/personal-data-vault';

/**
 * Citizen ids, the vault and erasure. Needs EVENT_STORE, CLOCK and the TypeORM DataSource
 * (TypeOrmModule.forRoot) from global modules; keys live in the same database as read models.
 */
@Module({})
export class PersonalDataModule {
  static register(options: PersonalDataOptions): DynamicModule {
    assertValidPersonalDataOptions(options);
    return {
      module: PersonalDataModule,
      // Cross-cutting: every slice that writes or shows personal data needs the vault.
      global: true,
      controllers: [ErasureController, CitizenLookupController],
      providers: [
        { provide: PERSONAL_DATA_OPTIONS, useValue: options },
        {
          provide: DATA_KEY_STORE,
          useFactory: (dataSource: DataSource) =>
            createPostgresDataKeyStore(sqlQueryFrom(dataSource), {
              keyRing: keyRingFrom(options.keyEncryptionKey, options.previousKeyEncryptionKeys),
              maintenance: options.maintenanceUrl ? maintenanceQueryFor(options.maintenanceUrl) : undefined,
            }),
          inject: [DataSource],
        },
        PersonalDataVault,
        CitizenIds,
        {
          provide: CitizenDirectory,
          useFactory: (dataSource: DataSource) =>
            new CitizenDirectory(sqlQueryFrom(dataSource), options.citizenIdSecret, options.maintenanceUrl ? maintenanceQueryFor(options.maintenanceUrl) : undefined),
          inject: [DataSource],
        },
        CitizenErasure,
        KeyRingStartup,
      ],
      exports: [PersonalDataVault, CitizenIds, CitizenDirectory, CitizenErasure, DATA_KEY_STORE],
    };
  }
}
