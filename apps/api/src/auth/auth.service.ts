import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type LoginRequest, type UserJson } from '@vigil/contracts';
import { UserEntity } from '@vigil/persistence';
import { AuthError } from './auth.errors.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionService } from './session.service.js';

export interface LoginResult {
  token: string;
  sessionId: string;
  user: UserJson;
}

export const toUserJson = (user: UserEntity): UserJson => ({
  id: user.id,
  email: user.email,
  role: user.role,
});

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
  ) {}

  async login(input: LoginRequest, ip: string, userAgent: string | null): Promise<LoginResult> {
    const email = input.email.trim().toLowerCase();
    await this.throttle.beforeAttempt(email, ip);
    const user = await this.users.findOneBy({ email });
    const ok = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok || user.disabled) {
      await this.throttle.recordFailure(email);
      throw AuthError.invalidCredentials();
    }
    await this.throttle.recordSuccess(email);
    const { token, session } = await this.sessions.create(user, ip, userAgent);
    return { token, sessionId: session.id, user: toUserJson(user) };
  }
}
