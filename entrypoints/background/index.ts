import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '@/utils/messaging';
import { createMessageHandlers } from './message-handlers';

export default defineBackground(() => {
  registerMessageHandlers(createMessageHandlers());
});
