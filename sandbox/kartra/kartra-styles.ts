/**
 * Kartra's stylesheet: white app, dark navy left sidebar, blue accents. Served at /static/app.css. Status colours
 * matter: detection may read computed colours, so green, red and grey are clearly apart.
 */
import { kartraClass as k } from '../http/class-names.ts';
import { UNFAMILIAR_WORDING } from '../data/unfamiliar-wording.ts';

export const STATUS_COLORS = Object.freeze({ connected: '#1fb76b', attention: '#e5484d', notConfigured: '#c5ccd6' });

/**
 * The stylesheet and the names it styles. The names also become the browser app's lookup table
 * (/static/app/class-names.js), so a class used there but never styled here fails loudly in the browser.
 */
export function buildKartraStylesheet(): { css: string; names: string[] } {
  const names = new Set<string>();
  const c = (name: string) => {
    names.add(name);
    return `.${k(name)}`;
  };
  const css = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2a37;background:#f4f6fa;-webkit-font-smoothing:antialiased}
button,input,select{font:inherit;color:inherit}
a{color:#1f7ae0}
${c('app')}{display:flex;min-height:100vh}
${c('sidebar')}{width:236px;flex:none;background:#17202f;color:#aeb8c8;display:flex;flex-direction:column;position:sticky;top:0;height:100vh;overflow-y:auto}
${c('brand')}{display:flex;align-items:center;gap:10px;height:60px;padding:0 20px;color:#fff;text-decoration:none;font-weight:700;font-size:19px;letter-spacing:.2px;border-bottom:1px solid #232e40}
${c('brandMark')}{width:28px;height:28px;border-radius:7px;background:linear-gradient(135deg,#2d8cf0,#1a5fd0);display:grid;place-items:center}
${c('nav')}{padding:12px 0;flex:1}
${c('nav')} ul{list-style:none;margin:0;padding:0}
${c('navLink')}{display:flex;align-items:center;gap:12px;padding:9px 20px;color:#aeb8c8;text-decoration:none;border-left:3px solid transparent;cursor:pointer;background:none;border-top:0;border-right:0;border-bottom:0;width:100%;text-align:left}
${c('navLink')}:hover{background:#1e293b;color:#fff}
${c('navLinkActive')}{background:#223049;color:#fff;border-left-color:#2d8cf0}
${c('navIcon')}{width:18px;height:18px;flex:none;opacity:.85}
${c('chevron')}{margin-left:auto;width:12px;height:12px;transition:transform .15s}
${c('subnav')}{padding:2px 0 6px}
${c('subnav')}[hidden]{display:none}
${c('subnavLink')}{display:block;padding:7px 20px 7px 53px;color:#8e9ab0;text-decoration:none;font-size:13px}
${c('subnavLink')}:hover{color:#fff}
${c('subnavLinkActive')}{color:#fff;font-weight:600}
${c('sidebarFoot')}{padding:14px 20px;font-size:12px;color:#6b778c;border-top:1px solid #232e40}
${c('column')}{flex:1;min-width:0;display:flex;flex-direction:column}
${c('topbar')}{height:60px;background:#fff;border-bottom:1px solid #e4e8ef;display:flex;align-items:center;gap:16px;padding:0 28px;position:sticky;top:0;z-index:20}
${c('topSearch')}{flex:0 1 380px;height:36px;border:1px solid #dfe4ec;border-radius:8px;padding:0 12px 0 34px;background:#f7f9fc url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16' fill='none' stroke='%238a94a6' stroke-width='2'%3E%3Ccircle cx='7' cy='7' r='5'/%3E%3Cpath d='m11 11 4 4'/%3E%3C/svg%3E") no-repeat 11px 50%}
${c('topActions')}{margin-left:auto;display:flex;align-items:center;gap:8px}
${c('iconButton')}{width:36px;height:36px;border-radius:8px;border:0;background:transparent;display:grid;place-items:center;cursor:pointer;color:#5b6779}
${c('iconButton')}:hover{background:#f0f3f8}
${c('user')}{display:flex;align-items:center;gap:10px;padding:4px 8px;border-radius:8px;border:0;background:none;cursor:pointer}
${c('avatar')}{width:32px;height:32px;border-radius:50%;background:#2d8cf0;color:#fff;display:grid;place-items:center;font-weight:600;font-size:13px}
${c('content')}{padding:26px 32px 48px;max-width:1360px;width:100%}
${c('crumbs')}{font-size:12.5px;color:#7a8699;margin:0 0 6px;display:flex;gap:6px}
${c('crumbs')} a{color:#7a8699;text-decoration:none}
${c('pageTitle')}{font-size:24px;font-weight:650;margin:0 0 4px;color:#111a2b}
${c('pageLead')}{margin:0 0 20px;color:#5e6a7d}
${c('alert')}{display:flex;gap:12px;align-items:flex-start;border-radius:8px;padding:14px 16px;margin:0 0 16px;border:1px solid;position:relative}
${c('alertDanger')}{background:#fff1f1;border-color:#f6c6c7;color:#7a1d21}
${c('alertWarning')}{background:#fff8eb;border-color:#f5d9a8;color:#6b4406}
${c('alertSuccess')}{background:#eefbf3;border-color:#b9ebcd;color:#11573a}
${c('alertIcon')}{width:20px;height:20px;flex:none;margin-top:1px}
${c('alertBody')}{flex:1}
${c('alertTitle')}{font-weight:650;margin:0 0 2px}
${c('alertText')}{margin:0}
${c('alertClose')}{border:0;background:none;cursor:pointer;font-size:18px;line-height:1;color:inherit;opacity:.6;padding:2px 4px}
${c('toolbar')}{display:flex;gap:12px;align-items:center;margin:0 0 18px;flex-wrap:wrap}
${c('select')}{height:38px;border:1px solid #d8dee8;border-radius:8px;padding:0 34px 0 12px;background:#fff url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='6'%3E%3Cpath d='M1 1l4 4 4-4' stroke='%235b6779' stroke-width='1.6' fill='none'/%3E%3C/svg%3E") no-repeat right 12px center;appearance:none;min-width:190px;cursor:pointer}
${c('search')}{height:38px;border:1px solid #d8dee8;border-radius:8px;padding:0 12px;min-width:260px;background:#fff}
${c('select')}:focus,${c('search')}:focus,${c('input')}:focus{outline:2px solid #9cc7f8;outline-offset:0;border-color:#2d8cf0}
${c('countText')}{margin-left:auto;color:#7a8699;font-size:13px}
${c('grid')}{display:grid;grid-template-columns:repeat(auto-fill,minmax(270px,1fr));gap:16px}
${c('tile')}{background:#fff;border:1px solid #e3e8ef;border-radius:10px;padding:16px 16px 12px;display:flex;flex-direction:column;gap:12px;position:relative;box-shadow:0 1px 2px rgba(16,24,40,.04);transition:box-shadow .15s}
${c('tile')}:hover{box-shadow:0 4px 14px rgba(16,24,40,.08)}
${c('tileHead')}{display:flex;gap:12px;align-items:center;padding-right:22px}
${c('logo')}{width:40px;height:40px;border-radius:9px;flex:none}
${c('tileTitles')}{min-width:0}
${c('tileName')}{font-weight:600;font-size:15px;color:#111a2b;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
${c('tileNick')}{font-weight:400;color:#7a8699}
${c('tileCategory')}{font-size:12.5px;color:#7a8699}
${c('status')}{position:absolute;top:14px;right:14px;width:18px;height:18px;border-radius:50%;display:grid;place-items:center}
${c('statusOk')}{background:${STATUS_COLORS.connected};color:#fff}
${c('statusAttention')}{width:12px;height:12px;top:17px;right:17px;background:${STATUS_COLORS.attention};box-shadow:0 0 0 4px rgba(229,72,77,.18)}
${c('statusIdle')}{background:transparent;border:2px solid ${STATUS_COLORS.notConfigured}}
${c('statusPlain')}{background:#2e90fa}
${c('statusPaused')}{width:12px;height:12px;top:17px;right:17px;background:${UNFAMILIAR_WORDING.status.colour};box-shadow:0 0 0 4px rgba(245,158,11,.2)}
${c('tileFoot')}{display:flex;align-items:center;justify-content:space-between;border-top:1px solid #eef1f6;padding-top:10px;min-height:32px}
${c('tileMeta')}{font-size:12.5px;color:#8a94a6;display:flex;gap:10px}
${c('dotsButton')}{width:30px;height:30px;border:1px solid transparent;border-radius:6px;background:none;cursor:pointer;color:#5b6779;display:grid;place-items:center}
${c('dotsButton')}:hover,${c('dotsButton')}[aria-expanded="true"]{background:#f0f3f8;border-color:#e3e8ef}
${c('spinnerWrap')}{display:flex;flex-direction:column;align-items:center;gap:12px;padding:80px 0;color:#7a8699}
${c('spinner')}{width:34px;height:34px;border-radius:50%;border:3px solid #dde4ee;border-top-color:#2d8cf0;animation:${k('spin')} .8s linear infinite}
@keyframes ${k('spin')}{to{transform:rotate(360deg)}}
${c('empty')}{padding:60px 0;text-align:center;color:#7a8699;grid-column:1/-1}
${c('menu')}{position:absolute;z-index:50;min-width:168px;background:#fff;border:1px solid #e3e8ef;border-radius:8px;box-shadow:0 10px 30px rgba(16,24,40,.14);padding:6px}
${c('menuItem')}{display:flex;align-items:center;gap:10px;width:100%;border:0;background:none;text-align:left;padding:8px 10px;border-radius:6px;cursor:pointer}
${c('menuItem')}:hover,${c('menuItem')}:focus{background:#f0f5fd;outline:none}
${c('menuItem')}[aria-disabled="true"]{opacity:.45;cursor:default}
${c('menuItemDanger')}{color:#c4282d}
${c('overlay')}{position:fixed;inset:0;background:rgba(15,23,42,.48);display:grid;place-items:center;z-index:100;padding:20px}
${c('dialog')}{background:#fff;border-radius:12px;width:100%;max-width:560px;box-shadow:0 24px 60px rgba(15,23,42,.3);display:flex;flex-direction:column;max-height:calc(100vh - 40px)}
${c('dialogHead')}{display:flex;align-items:center;padding:18px 22px;border-bottom:1px solid #eef1f6}
${c('dialogTitle')}{margin:0;font-size:18px;font-weight:650;color:#111a2b}
${c('dialogClose')}{margin-left:auto;border:0;background:none;cursor:pointer;width:32px;height:32px;border-radius:6px;color:#5b6779;display:grid;place-items:center}
${c('dialogClose')}:hover{background:#f0f3f8}
${c('dialogBody')}{padding:20px 22px;overflow:auto;display:flex;flex-direction:column;gap:16px}
${c('dialogFoot')}{padding:14px 22px;border-top:1px solid #eef1f6;display:flex;justify-content:flex-end;gap:10px}
${c('gatewayRow')}{display:flex;align-items:center;gap:12px}
${c('gatewayName')}{font-weight:600;font-size:15px}
${c('help')}{margin:0;color:#5e6a7d}
${c('field')}{display:flex;flex-direction:column;gap:6px}
${c('fieldSection')}{display:flex;flex-direction:column;gap:10px;border:1px solid #eef1f6;border-radius:8px;padding:12px 14px}
${c('fieldSectionTitle')}{margin:0;font-size:13.5px;font-weight:650;color:#111a2b}
${c('fieldLabel')}{font-weight:600;font-size:13px;color:#33405a}
${c('input')}{height:38px;border:1px solid #d8dee8;border-radius:8px;padding:0 12px;background:#fff;width:100%}
${c('input')}[readonly]{background:#f5f7fb;color:#33405a;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
${c('button')}{height:38px;border-radius:8px;padding:0 16px;border:1px solid transparent;cursor:pointer;font-weight:600;display:inline-flex;align-items:center;justify-content:center;gap:8px}
${c('buttonPrimary')}{background:#2d8cf0;color:#fff}
${c('buttonPrimary')}:hover{background:#1f7ae0}
${c('buttonSecondary')}{background:#fff;border-color:#d8dee8;color:#33405a}
${c('buttonSecondary')}:hover{background:#f5f7fb}
${c('buttonDanger')}{background:#e5484d;color:#fff}
${c('buttonStripe')}{background:#635bff;color:#fff;align-self:flex-start;height:40px;padding:0 18px}
${c('buttonStripe')}:hover{background:#5148e5}
${c('cards')}{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px}
${c('card')}{background:#fff;border:1px solid #e3e8ef;border-radius:10px;padding:18px;text-decoration:none;color:inherit;display:block}
a${c('card')}:hover{border-color:#b8d4f6}
${c('cardTitle')}{font-weight:600;margin:0 0 4px;color:#111a2b}
${c('cardText')}{margin:0;color:#7a8699;font-size:13px}
${c('statValue')}{font-size:26px;font-weight:650;color:#111a2b;margin:0}
${c('placeholder')}{background:#fff;border:1px dashed #d3dae5;border-radius:10px;padding:48px;text-align:center;color:#7a8699}
`;
  return { css, names: [...names] };
}
