/**
 * One stylesheet for Stripe's pages (Connect and dashboard): clean sans-serif, purple accents, grey-blue canvas.
 * Served at /static/stripe.css on both Stripe hosts.
 */
import { stripeClass as s } from '../http/class-names.ts';

/** The stylesheet and the names it styles (which become the browser scripts' /static/class-names.js). */
export function buildStripeStylesheet(): { css: string; names: string[] } {
  const names = new Set<string>();
  const c = (name: string) => {
    names.add(name);
    return `.${s(name)}`;
  };
  const css = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;min-height:100%}
body{font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Ubuntu,sans-serif;color:#30313d;background:#f6f8fa;-webkit-font-smoothing:antialiased}
button,input{font:inherit;color:inherit}
a{color:#635bff;text-decoration:none}
a:hover{color:#0a2540}
${c('authPage')}{min-height:100vh;display:flex;flex-direction:column;align-items:center;padding:48px 16px;background:linear-gradient(160deg,#f6f9fc 0%,#eef1fb 60%,#f6f9fc 100%)}
${c('wordmark')}{display:block;margin:0 0 28px}
${c('card')}{background:#fff;border-radius:10px;box-shadow:0 15px 35px rgba(50,50,93,.1),0 5px 15px rgba(0,0,0,.07);width:100%;max-width:520px;padding:36px 40px}
${c('cardNarrow')}{max-width:440px}
${c('title')}{font-size:22px;font-weight:600;color:#1a1b25;margin:0 0 8px;letter-spacing:-.2px}
${c('lead')}{margin:0 0 22px;color:#596171}
${c('field')}{display:flex;flex-direction:column;gap:6px;margin:0 0 16px}
${c('label')}{font-weight:500;color:#30313d}
${c('input')}{height:40px;border:1px solid #d5dbe1;border-radius:6px;padding:0 12px;background:#fff;box-shadow:0 1px 1px rgba(0,0,0,.03)}
${c('input')}:focus{outline:none;border-color:#635bff;box-shadow:0 0 0 3px rgba(99,91,255,.25)}
${c('primary')}{height:40px;border:0;border-radius:6px;background:#635bff;color:#fff;font-weight:600;padding:0 18px;cursor:pointer;box-shadow:0 1px 2px rgba(0,0,0,.1)}
${c('primary')}:hover{background:#5851ea}
${c('primary')}:disabled{background:#b8b4ff;cursor:not-allowed}
${c('secondary')}{height:40px;border:1px solid #d5dbe1;border-radius:6px;background:#fff;color:#30313d;font-weight:600;padding:0 18px;cursor:pointer}
${c('secondary')}:hover{background:#f6f8fa}
${c('wide')}{width:100%}
${c('error')}{background:#fff5f6;border:1px solid #f8c9cf;color:#a41c4e;border-radius:6px;padding:10px 12px;margin:0 0 16px}
${c('fine')}{color:#687385;font-size:13px;margin:18px 0 0;text-align:center}
${c('handshake')}{display:flex;align-items:center;gap:14px;margin:0 0 22px}
${c('platformMark')}{width:44px;height:44px;border-radius:10px;display:grid;place-items:center}
${c('dots')}{flex:1;max-width:60px;border-top:2px dotted #c0c8d2}
${c('picker')}{border:0;margin:0;padding:0;min-width:0}
${c('pickerLegend')}{font-weight:600;color:#1a1b25;padding:0;margin:0 0 10px}
${c('group')}{margin:0 0 14px}
${c('groupTitle')}{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.4px;color:#687385;margin:0 0 6px}
${c('options')}{list-style:none;margin:0;padding:0;border:1px solid #e3e8ee;border-radius:8px;overflow:hidden}
${c('options')} li+li{border-top:1px solid #e3e8ee}
${c('option')}{display:flex;align-items:center;gap:12px;padding:12px 14px;cursor:pointer}
${c('option')}:hover{background:#f7f7ff}
${c('option')}:has(input:checked){background:#f2f1ff;box-shadow:inset 3px 0 0 #635bff}
${c('radio')}{accent-color:#635bff;width:16px;height:16px;margin:0}
${c('accountAvatar')}{width:30px;height:30px;border-radius:6px;color:#fff;font-weight:600;display:grid;place-items:center;flex:none;font-size:13px}
${c('optionText')}{display:flex;flex-direction:column;min-width:0}
${c('optionName')}{font-weight:500;color:#1a1b25}
${c('optionId')}{font-size:12px;color:#687385;font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
${c('actions')}{display:flex;justify-content:flex-end;gap:10px;margin:22px 0 0}
${c('signedIn')}{margin:22px 0 0;padding-top:16px;border-top:1px solid #ebeef1;color:#687385;font-size:13px;display:flex;justify-content:space-between}
${c('shell')}{display:flex;min-height:100vh;background:#fff}
${c('sidebar')}{width:240px;flex:none;border-right:1px solid #ebeef1;padding:14px 12px;display:flex;flex-direction:column;gap:18px;background:#fff}
${c('switcher')}{position:relative}
${c('switcherButton')}{display:flex;align-items:center;gap:10px;width:100%;border:0;background:none;border-radius:6px;padding:6px 8px;cursor:pointer;text-align:left;font-weight:600;color:#1a1b25}
${c('switcherButton')}:hover,${c('switcherButton')}[aria-expanded="true"]{background:#f6f8fa}
${c('switcherName')}{flex:1;min-width:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
${c('switcherMenu')}{position:absolute;top:calc(100% + 6px);left:0;width:290px;background:#fff;border-radius:8px;box-shadow:0 0 0 1px rgba(64,68,82,.08),0 8px 24px rgba(64,68,82,.18);padding:8px;z-index:30}
${c('switcherMenu')}[hidden]{display:none}
${c('menuGroupTitle')}{font-size:11.5px;font-weight:600;color:#687385;text-transform:uppercase;letter-spacing:.4px;padding:8px 8px 4px}
${c('menuItem')}{display:flex;align-items:center;gap:10px;padding:7px 8px;border-radius:6px;color:#30313d}
${c('menuItem')}:hover,${c('menuItem')}:focus{background:#f6f8fa;color:#1a1b25;outline:none}
${c('menuCheck')}{margin-left:auto;color:#635bff}
${c('separator')}{border-top:1px solid #ebeef1;margin:8px 0}
${c('nav')} ul{list-style:none;margin:0;padding:0}
${c('navHeading')}{font-size:12px;font-weight:600;color:#687385;padding:12px 8px 4px;margin:0}
${c('navLink')}{display:flex;align-items:center;gap:10px;padding:6px 8px;border-radius:6px;color:#414552;font-weight:500}
${c('navLink')}:hover{background:#f6f8fa;color:#1a1b25}
${c('navLinkActive')}{color:#635bff}
${c('navLinkActive')}:hover{color:#635bff}
${c('main')}{flex:1;min-width:0;display:flex;flex-direction:column}
${c('topbar')}{height:56px;display:flex;align-items:center;gap:12px;padding:0 28px;border-bottom:1px solid #ebeef1}
${c('search')}{flex:0 1 420px;height:34px;border:0;border-radius:6px;background:#f6f8fa;padding:0 12px}
${c('topRight')}{margin-left:auto;display:flex;align-items:center;gap:16px;font-weight:500}
${c('toggle')}{display:flex;align-items:center;gap:8px;color:#414552}
${c('toggleTrack')}{width:28px;height:16px;border-radius:8px;background:#d5dbe1;position:relative;display:inline-block}
${c('toggleTrack')}::after{content:"";position:absolute;top:2px;left:2px;width:12px;height:12px;border-radius:50%;background:#fff;transition:left .15s}
${c('toggleOn')}{background:#ff5b0e}
${c('toggleOn')}::after{left:14px}
${c('testBanner')}{background:#ff5b0e;color:#fff;text-align:center;font-size:12px;font-weight:600;padding:3px 0;letter-spacing:.3px}
${c('content')}{padding:28px 32px 48px;max-width:1180px;width:100%}
${c('pageTitle')}{font-size:26px;font-weight:700;color:#1a1b25;margin:0 0 6px;letter-spacing:-.3px}
${c('pageLead')}{color:#596171;margin:0 0 24px}
${c('sectionTitle')}{font-size:18px;font-weight:600;color:#1a1b25;margin:28px 0 4px}
${c('sectionLead')}{color:#596171;margin:0 0 12px}
${c('table')}{width:100%;border-collapse:collapse}
${c('table')} th{text-align:left;font-size:12px;font-weight:600;color:#687385;text-transform:uppercase;letter-spacing:.3px;padding:8px 10px;border-bottom:1px solid #ebeef1}
${c('table')} td{padding:14px 10px;border-bottom:1px solid #ebeef1;vertical-align:middle}
${c('keyName')}{font-weight:500;color:#1a1b25;white-space:nowrap}
${c('token')}{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;color:#1a1b25;word-break:break-all}
${c('tokenCell')}{display:flex;align-items:center;gap:10px;max-width:640px}
${c('smallButton')}{height:28px;border:1px solid #d5dbe1;border-radius:6px;background:#fff;padding:0 10px;font-weight:600;font-size:13px;cursor:pointer;color:#30313d;white-space:nowrap}
${c('smallButton')}:hover{background:#f6f8fa}
${c('muted')}{color:#687385;white-space:nowrap}
${c('metrics')}{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:16px;margin:8px 0 24px}
${c('metric')}{border:1px solid #ebeef1;border-radius:8px;padding:16px}
${c('metricLabel')}{color:#687385;font-size:13px;margin:0}
${c('metricValue')}{font-size:22px;font-weight:600;color:#1a1b25;margin:4px 0 8px}
${c('empty')}{border:1px dashed #d5dbe1;border-radius:8px;padding:40px;text-align:center;color:#687385}
`;
  return { css, names: [...names] };
}
