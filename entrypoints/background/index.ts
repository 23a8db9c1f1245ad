import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from '@/utils/messaging';
import { createAuthed } from './authed';
import { registerContextMenus } from './context-menus';
import { registerHoverButton } from './hover-button';
import { registerNotificationActions, registerOutboxWakeups } from './listeners';
import { createMessageHandlers } from './message-handlers';
import { createPinActions } from './pin-actions';
import { createServices } from './services';

export default defineBackground(() => {
  const services = createServices();
  const authed = createAuthed(services.session);
  const actions = createPinActions(services, authed);
  registerMessageHandlers(createMessageHandlers(services, authed, actions));
  registerContextMenus(actions);
  registerHoverButton();
  registerOutboxWakeups(services);
  registerNotificationActions(services);
  services.oauth.register();
});
