import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type ListDetailJson, type ListItemJson, type ListJson } from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { ANY_ROLE, CurrentActor, Roles } from '../auth/auth.decorators.js';
import {
  type AddListItemInput,
  addListItemSchema,
  type CreateListInput,
  createListSchema,
  type ListItemsQuery,
  listItemsQuerySchema,
} from './lists.schemas.js';
import { ListsService } from './lists.service.js';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { listDetail, listItemJson, listJson, listList } from '../openapi/responses/rules.js';

/** Owners edit lists; everyone signed in may read them. */
@Controller('api/lists')
export class ListsController {
  constructor(private readonly lists: ListsService) {}

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: listList })
  @Get()
  async list(): Promise<{ items: ListJson[] }> {
    return { items: await this.lists.list() };
  }

  @Roles('owner')
  @ApiCreatedResponse({ standardSchema: listJson })
  @Post()
  create(
    @Body({ schema: createListSchema }) body: CreateListInput,
    @CurrentActor() actor: Actor,
  ): Promise<ListJson> {
    return this.lists.create(body, actor);
  }

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: listDetail })
  @Get(':id')
  detail(
    @Param('id') id: string,
    @Query({ schema: listItemsQuerySchema }) query: ListItemsQuery,
  ): Promise<ListDetailJson> {
    return this.lists.detail(id, query);
  }

  /** 201 when added; 200 with the existing item when the list already holds the value. */
  @Roles('owner')
  @ApiCreatedResponse({ standardSchema: listItemJson, description: 'Added.' })
  @ApiOkResponse({ standardSchema: listItemJson, description: 'The list already held the value.' })
  @Post(':id/items')
  async addItem(
    @Param('id') id: string,
    @Body({ schema: addListItemSchema }) body: AddListItemInput,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ListItemJson> {
    const { item, created } = await this.lists.addItem(id, body, actor);
    response.status(created ? 201 : 200);
    return item;
  }

  @Roles('owner')
  @ApiNoContentResponse()
  @Delete(':id/items/:itemId')
  @HttpCode(204)
  async removeItem(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.lists.removeItem(id, itemId, actor);
  }
}
