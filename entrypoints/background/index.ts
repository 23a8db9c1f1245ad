import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '@/utils/messaging';
import { registerNotificationActions, registerOutboxWakeups } from './listeners';
import { createMessageHandlers } from './message-handlers';
import { createServices } from './services';

export default defineBackground(() => {
  const services = createServices();
  registerMessageHandlers(createMessageHandlers(services));
  registerOutboxWakeups(services);
  registerNotificationActions(services);
  services.oauth.register();
});
