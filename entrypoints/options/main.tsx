import { render } from 'preact';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t, uiLanguage } from '../../lib/i18n';

// The page's title and language come from the locale (HTML cannot look words up).
document.title = t('options.title');
document.documentElement.lang = uiLanguage();
render(<OptionsApp search={location.search} />, document.getElementById('app')!);
