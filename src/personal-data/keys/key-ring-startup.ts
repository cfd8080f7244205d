import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DATA_KEY_STORE, DataKeyStore } from './data-key-store';

/**
 * Keys stored raw by a version before envelope encryption are wrapped when the application
 * starts, and the table rewritten, so no raw key stays in its file.
 */
@Injectable()
export class KeyRingStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(KeyRingStartup.name);

  constructor(@Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.keys.staleKeyCount()) === 0) return;
    const rotation = await this.keys.rotate();
    this.logger.log(`Wrapped ${rotation.rewrapped} data keys under the current key-encryption key`);
  }
}
