// The native application menu: the usual roles and accelerators, plus Baton's own commands,
// which are sent to the focused window so the renderer runs them like its keyboard shortcuts.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { commandChannel, type AppCommand } from '../../shared/ipc/commands';
import { mainWindow } from './windows';

// To the facilitator's window even while the presenter window has focus: it holds the controls.
function send(command: AppCommand) {
  return () => mainWindow()?.webContents.send(commandChannel, command);
}

export function menuTemplate(platform: NodeJS.Platform, isDev: boolean): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New Workshop…', accelerator: 'CmdOrCtrl+N', click: send('new-workshop') },
        { label: 'All Workshops', accelerator: 'CmdOrCtrl+Shift+H', click: send('go-home') },
        { label: 'Templates…', accelerator: 'CmdOrCtrl+Shift+T', click: send('templates') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // The renderer owns Ctrl/Cmd+Z: inside a text field it is the field's undo, elsewhere the
        // workshop's. The accelerators are shown here but not registered, so keys reach the page once.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'Workshop',
      submenu: [
        { label: 'Next Activity', accelerator: ']', registerAccelerator: false, click: send('next-activity') },
        { label: 'Previous Activity', accelerator: '[', registerAccelerator: false, click: send('previous-activity') },
        { label: 'Start or Pause Timer', accelerator: 'T', registerAccelerator: false, click: send('toggle-timer') },
        { type: 'separator' },
        { label: 'Presenter View', accelerator: 'P', registerAccelerator: false, click: send('presenter') },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  if (isMac) template.unshift({ role: 'appMenu' });
  return template;
}

export function setupMenu(platform: NodeJS.Platform, isDev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(platform, isDev)));
}
