import type { Channel } from '../../contracts';
import { ChannelField, RequiredText } from '../shared/dto-fields';

export class DirectCaseElsewhereDto {
  @RequiredText(200, { description: 'The competent body.', example: 'INPS - Sede di Ancona' })
  otherBody: string;

  @RequiredText(10_000, { description: 'What the citizen is told (sealed: personal data).' })
  message: string;

  @ChannelField('How the citizen is told.')
  channel: Channel;
}
