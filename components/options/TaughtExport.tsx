import { t } from '../../lib/i18n';
import { buildTaughtExport, taughtExportFileName, taughtExportJson } from '../../lib/teach/export';
import type { TaughtChange } from '../../lib/teach/profile-change';
import type { Status } from './StatusLine';

/**
 * Export the taught changes as JSON (lib/teach/export.ts): downloaded as a file, or copied for a message to the
 * administrator. Built when asked, so it always holds what the list shows.
 */
export function TaughtExport({ changes, announce }: { changes: readonly TaughtChange[]; announce(status: Status): void }) {
  const exportNow = () => {
    const at = new Date();
    return { json: taughtExportJson(buildTaughtExport(changes.map((taught) => taught.change), at)), file: taughtExportFileName(at) };
  };

  const download = () => {
    const { json, file } = exportNow();
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    // After the click has handed the file to the browser's download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    announce({ tone: 'ok', text: t('teach.exportSaved', { file }) });
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(exportNow().json);
      announce({ tone: 'ok', text: t('teach.exportCopied') });
    } catch {
      announce({ tone: 'danger', text: t('teach.exportCopyFailed') });
    }
  };

  return (
    <div class="taught-export" role="group" aria-labelledby="taught-export-title">
      <h3 id="taught-export-title">{t('teach.exportTitle')}</h3>
      <p class="muted">{t('teach.exportIntro')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={download} data-testid="taught-export-download">
          {t('teach.exportDownload')}
        </button>
        <button type="button" onClick={() => void copy()} data-testid="taught-export-copy">
          {t('teach.exportCopy')}
        </button>
      </div>
    </div>
  );
}
