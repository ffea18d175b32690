// Files dropped onto the window or opened with the app: a `.baton-template.json` shows its import
// preview, a `.baton.json` is imported as a workshop. Anything else is refused with a message,
// and a drop never navigates the window away.
import { useEffect } from 'react';
import { WORKSHOP_FILE_EXTENSION } from '../../../shared/files/workshopFile';
import { TEMPLATE_FILE_EXTENSION } from '../../../shared/templates/schema';
import { useStoreApi } from '../store/appStore';
import { readImportFile } from './importFiles';

export function useFileDrop(): void {
  const store = useStoreApi();

  useEffect(() => {
    async function open(fileName: string, read: () => Promise<{ content: string } | { error: string }>) {
      const { notify, previewTemplateFile, importWorkshopContent, lockedMode } = store.getState();
      if (lockedMode) return;
      const file = await read();
      if ('error' in file) return notify('error', file.error);
      if (fileName.endsWith(TEMPLATE_FILE_EXTENSION)) return previewTemplateFile(fileName, file.content);
      if (fileName.endsWith(WORKSHOP_FILE_EXTENSION)) {
        const error = await importWorkshopContent(fileName, file.content);
        if (error) notify('error', error);
        return;
      }
      notify('error', `${fileName} is not a Baton file: drop a .baton.json workshop or a .baton-template.json template.`);
    }

    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void open(file.name, () => readImportFile(file));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    const unsubscribe = store.getState().api.onOpenFile((file) => void open(file.fileName, async () => file));
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      unsubscribe();
    };
  }, [store]);
}
