import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { type CreatedUserJson, type PasswordResetJson, type UserAdminJson } from '@vigil/contracts';
import { CurrentAuth, Roles } from '../auth/auth.decorators.js';
import { type RequestAuth } from '../auth/request-auth.js';
import {
  type CreateUserInput,
  createUserSchema,
  type UpdateUserInput,
  updateUserSchema,
} from './user.schemas.js';
import { UsersService } from './users.service.js';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { createdUser, passwordReset, userAdminJson, userList } from '../openapi/responses/accounts.js';

const userId = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** User management is the owner's alone (spec §2). */
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
    @Req() request: Request,
  ): Promise<CreatedUserJson> {
    return this.users.create(body, request);
  }

  @ApiOkResponse({ standardSchema: userAdminJson })
  @Patch(':id')
  update(
    @Param('id', userId) id: string,
    @Body({ schema: updateUserSchema }) body: UpdateUserInput,
    @Req() request: Request,
  ): Promise<UserAdminJson> {
    return this.users.update(id, body, request);
  }

  @ApiOkResponse({ standardSchema: passwordReset })
  @Post(':id/reset-password')
  @HttpCode(200)
  resetPassword(@Param('id', userId) id: string, @Req() request: Request): Promise<PasswordResetJson> {
    return this.users.resetPassword(id, request);
  }

  /** Removes another user's two-factor sign-in (lost phone and recovery codes); audited. */
  @ApiOkResponse({ standardSchema: userAdminJson })
  @Post(':id/reset-2fa')
  @HttpCode(200)
  resetTwoFactor(
    @Param('id', userId) id: string,
    @CurrentAuth() auth: RequestAuth,
    @Req() request: Request,
  ): Promise<UserAdminJson> {
    return this.users.resetTwoFactor(id, auth.user.id, request);
  }
}
