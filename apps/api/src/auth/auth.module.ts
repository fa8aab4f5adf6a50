import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { AccountService } from './account.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginChallengeStore } from './login-challenge.store.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { OwnerBootstrapService } from './owner-bootstrap.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SecuritySettingsController } from './security-settings.controller.js';
import { SecuritySettingsService } from './security-settings.service.js';
import { SessionService } from './session.service.js';
import { TwoFactorController } from './two-factor.controller.js';
import { TwoFactorService } from './two-factor.service.js';

@Module({
  imports: [AuditModule],
  controllers: [AuthController, TwoFactorController, SecuritySettingsController],
  providers: [
    AuthService,
    AccountService,
    SessionService,
    PasswordHasher,
    LoginThrottleService,
    LoginChallengeStore,
    TwoFactorService,
    SecuritySettingsService,
    OwnerBootstrapService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    SessionService,
    PasswordHasher,
    LoginThrottleService,
    SecuritySettingsService,
    OwnerBootstrapService,
    TwoFactorService,
  ],
})
export class AuthModule {}
