import { type DynamicModule, Global, Module } from '@nestjs/common';
import { type VigilConfig } from './vigil-config.js';

/** Injection token of the validated {@link VigilConfig}. */
export const VIGIL_CONFIG = Symbol('VIGIL_CONFIG');

/** Global on purpose: the config is the app-wide base every module of api and worker reads. */
@Global()
@Module({})
export class VigilConfigModule {
  /** The config is loaded before Nest boots (so a bad value stops the process early) and handed in here. */
  static forRoot(config: VigilConfig): DynamicModule {
    return {
      module: VigilConfigModule,
      providers: [{ provide: VIGIL_CONFIG, useValue: config }],
      exports: [VIGIL_CONFIG],
    };
  }
}
