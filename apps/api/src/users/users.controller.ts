import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { type CreatedUserJson, type PasswordResetJson, type UserAdminJson } from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import {
  type CreateUserInput,
  createUserSchema,
  type UpdateUserInput,
  updateUserSchema,
} from './users.schemas.js';
import { UsersService } from './users.service.js';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { createdUser, passwordReset, userAdminJson, userList } from '../openapi/responses/accounts.js';

const userId = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** User management is the owner's alone (docs/api.md#signing-in-and-roles). */
@Controller('api/users')
@Roles('owner')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOkResponse({ standardSchema: userList })
  @Get()
  async list(): Promise<{ items: UserAdminJson[] }> {
    return { items: await this.users.list() };
  }

  @ApiCreatedResponse({ standardSchema: createdUser })
  @Post()
  create(
    @Body({ schema: createUserSchema }) body: CreateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedUserJson> {
    return this.users.create(body, actor);
  }

  @ApiOkResponse({ standardSchema: userAdminJson })
  @Patch(':id')
  update(
    @Param('id', userId) id: string,
    @Body({ schema: updateUserSchema }) body: UpdateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserAdminJson> {
    return this.users.update(id, body, actor);
  }

  @ApiOkResponse({ standardSchema: passwordReset })
  @Post(':id/reset-password')
  @HttpCode(200)
  resetPassword(@Param('id', userId) id: string, @CurrentActor() actor: Actor): Promise<PasswordResetJson> {
    return this.users.resetPassword(id, actor);
  }

  /** Removes another user's two-factor sign-in (lost phone and recovery codes); audited. */
  @ApiOkResponse({ standardSchema: userAdminJson })
  @Post(':id/reset-2fa')
  @HttpCode(200)
  resetTwoFactor(@Param('id', userId) id: string, @CurrentActor() actor: Actor): Promise<UserAdminJson> {
    return this.users.resetTwoFactor(id, actor);
  }
}
