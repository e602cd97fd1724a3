import { Module } from '@nestjs/common';
import { CooperativeService } from './cooperative.service.js';
import { CooperativesController } from './cooperatives.controller.js';

@Module({ controllers: [CooperativesController], providers: [CooperativeService], exports: [CooperativeService] })
export class CooperativesModule {}
