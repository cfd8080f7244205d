/** A handful of realistic FAQ for the demo comune, published by its admin through the same write path as staff. */
import type { INestApplicationContext } from '@nestjs/common';
import { deterministicUuid } from '../command-handling/deterministic-id';
import { FaqWriter } from './faq-writer';

export const DEMO_FAQ: readonly { question: string; answer: string }[] = [
  {
    question: "Quali sono gli orari dell'Ufficio Relazioni con il Pubblico?",
    answer:
      "L'URP è aperto al pubblico dal lunedì al venerdì dalle 9.00 alle 12.30 e il martedì e il giovedì anche dalle 15.00 alle 17.00. " +
      'Al telefono risponde negli stessi orari; le richieste inviate online sono registrate a ogni ora.',
  },
  {
    question: "Come si rinnova la carta d'identità elettronica?",
    answer:
      "La carta d'identità elettronica si richiede all'ufficio Anagrafe su appuntamento, prenotabile online o per telefono. " +
      'Servono una fototessera recente, la carta scaduta (o la denuncia di smarrimento) e il pagamento di 22,21 euro. ' +
      'La carta arriva per posta entro sei giorni lavorativi.',
  },
  {
    question: 'Quando passa la raccolta dei rifiuti porta a porta?',
    answer:
      "Il calendario della raccolta differenziata è diverso per ogni zona: lo trova sul sito del Comune e nell'app del gestore. " +
      'I contenitori vanno esposti la sera prima, dopo le 20.00. Per i rifiuti ingombranti si prenota il ritiro gratuito a domicilio.',
  },
  {
    question: 'Come segnalo una buca o un lampione spento?',
    answer:
      "Con il modulo «Segnalare un disservizio» di questo portale: indichi il luogo esatto (via e numero civico) e, se può, alleghi una foto. " +
      "La segnalazione arriva all'URP, che la inoltra all'ufficio competente; riceve un numero di pratica per seguirla.",
  },
  {
    question: 'Entro quanto tempo il Comune risponde a una segnalazione o a un reclamo?',
    answer:
      'Entro 30 giorni dal ricevimento, salvo i tempi più brevi promessi dalla Carta della Qualità dei Servizi. ' +
      "Se l'ufficio le chiede informazioni aggiuntive, il termine resta sospeso finché non risponde. " +
      "Nell'area «Segui la tua pratica» trova la data esatta entro cui riceverà la risposta.",
  },
  {
    question: 'Come pago la TARI e cosa faccio se ho ricevuto un avviso sbagliato?',
    answer:
      "La TARI si paga con l'avviso pagoPA che arriva a casa, in due rate o in un'unica soluzione. " +
      "Se i dati dell'avviso (metri quadrati, componenti del nucleo) non sono corretti, presenti una richiesta di rettifica all'ufficio Tributi, anche tramite questo portale.",
  },
  {
    question: "Cos'è l'accesso civico e come si presenta?",
    answer:
      "Con l'accesso civico chiunque può chiedere documenti, dati e informazioni che il Comune deve pubblicare (accesso civico semplice) " +
      'o che detiene (accesso civico generalizzato, D.Lgs. 33/2013, art. 5). La richiesta è gratuita, non va motivata e riceve risposta entro 30 giorni.',
  },
];

export async function seedDemoFaq(app: INestApplicationContext, admin: { id: string }): Promise<number> {
  const writer = app.get(FaqWriter, { strict: false });
  for (const [index, entry] of DEMO_FAQ.entries()) {
    const key = `demo-faq-${index + 1}`;
    await writer.apply(
      { commandName: 'publish-faq', actor: { id: admin.id, role: 'admin' }, correlationId: deterministicUuid('demo-faq', key), idempotencyKey: key },
      { type: 'PublishFaq', faqId: deterministicUuid('faq', 'demo', key), question: entry.question, answer: entry.answer },
    );
  }
  return DEMO_FAQ.length;
}
