// Italian labels of the API's vocabulary (the API speaks English codes).
export const CHANNELS = {
  counter: 'Sportello', phone: 'Telefono', toll_free: 'Numero verde', email: 'E-mail', pec: 'PEC', web: 'Sito web / portale',
  postal_mail: 'Posta', facebook: 'Facebook', instagram: 'Instagram', x: 'X', youtube: 'YouTube', whatsapp: 'WhatsApp',
  telegram: 'Telegram', web_chat: 'Chat web', video_call: 'Videochiamata', mayor_line: 'Linea del Sindaco',
};
export const KINDS = {
  report: 'Segnalazione', complaint: 'Reclamo', suggestion: 'Suggerimento', appreciation: 'Apprezzamento',
  information_request: 'Richiesta di informazioni', civic_access: 'Accesso civico', unclassified: 'Non classificata',
};
export const STATUSES = {
  received: 'Presso l’URP', routed: 'Assegnata, da prendere in carico', in_charge: 'In carico al settore', closed: 'Chiusa', merged: 'Unita ad altra pratica',
};
export const OUTCOMES = {
  answered: 'Risposta inviata', directed_elsewhere: 'Indirizzata ad altro ente', withdrawn: 'Ritirata dal cittadino', no_reply_needed: 'Nessuna risposta necessaria',
};
export const ROLES = { operator: 'Operatore URP', referent: 'Referente di settore', manager: 'Responsabile', auditor: 'Revisore', admin: 'Amministratore' };
export const SLA = {
  on_time: { label: 'Nei termini', css: 'sla-on-time' },
  due_soon: { label: 'In scadenza', css: 'sla-due-soon' },
  overdue: { label: 'Scaduta', css: 'sla-overdue' },
  suspended: { label: 'Sospesa', css: 'sla-suspended' },
};

export const label = (table, key) => (key == null ? '—' : table[key] ?? key);

export function slaWords(slaState, daysLeft) {
  if (slaState === 'suspended') return 'in attesa del cittadino';
  if (daysLeft == null) return '';
  if (daysLeft < 0) return `da ${-daysLeft} ${-daysLeft === 1 ? 'giorno' : 'giorni'}`;
  if (daysLeft === 0) return 'scade oggi';
  return `${daysLeft} ${daysLeft === 1 ? 'giorno' : 'giorni'} rimasti`;
}

const dateFormat = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
export const formatInstant = (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : '—');
export const formatInstantDate = (iso) => (iso ? dateFormat.format(new Date(iso)) : '—');
export function formatDate(romeDate) {
  if (!romeDate) return '—';
  const [y, m, d] = romeDate.split('-');
  return `${d}/${m}/${y}`;
}
export const REFERENCE_PATTERN = /URP-\d{4}-\d{6}/i;
