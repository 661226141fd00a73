import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { classifyStep } from '../../src/score/classify.js';
import { confirmCommentWalls } from '../../src/score/comment-walls.js';
import { measureStep } from '../../src/score/measure.js';
import { reviseClasses } from '../../src/score/revise.js';
import { opensComments } from '../../src/score/verdicts.js';
import { doc } from './blocks.js';

const LEAD = [
  'El ayuntamiento aprobó ayer el nuevo plan de movilidad para el centro de la ciudad, que limitará el tráfico privado en las calles más estrechas y ampliará las aceras en cuatro plazas del casco antiguo a partir del próximo otoño.',
  'La alcaldesa defendió la medida ante el pleno y recordó que los comercios de la zona habían pedido durante años una solución para la carga y descarga, que ahora tendrá horarios fijos por la mañana y por la tarde.',
];
const REST = [
  'La oposición votó en contra y reclamó más aparcamientos disuasorios en los accesos, porque a su juicio el plan deja sin alternativa a los vecinos de los barrios periféricos que trabajan en el centro y no tienen transporte directo.',
  'Las obras comenzarán en septiembre por la plaza mayor y durarán unos seis meses; el ayuntamiento calcula que el tráfico en el casco antiguo bajará a la mitad cuando el plan esté completo y las nuevas líneas de autobús funcionen.',
  'Los vecinos podrán presentar alegaciones durante un mes en la sede electrónica municipal o en las oficinas de atención ciudadana de cada distrito, donde también se expondrán los planos detallados de cada calle afectada.',
];

/** Which blocks the first pass read as a comments wall, after the context stage's confirmation. */
function walls(lines: readonly string[]): number[] {
  const measured = classifyStep(measureStep(doc(lines)));
  return confirmCommentWalls(measured, measured.first).flatMap((v, i) => (opensComments(v) ? [i] : []));
}

describe('comment walls need comment structure', () => {
  it('a bare label with the article going on under it opens nothing ("Ver comentarios" mid-article)', () => {
    const lines = ['Nuevo plan de movilidad para el centro', ...LEAD, 'Ver comentarios', ...REST];
    expect(walls(lines)).toEqual([]);
    const r = clean(lines.join('\n'), { from: 'text' });
    for (const p of REST) expect(r.text).toContain(p);
    expect(r.dropped.map((d) => d.text)).toContain('Ver comentarios');
  });

  it('a table column named "Comment" in scraped text does not swallow the sections after it', () => {
    const intro = 'The widget toolkit has shipped a release every quarter since 2019, and each release changed how the layout engine computes sizes, so this page lists every one of them with a short note on what changed and what to check.';
    const upgrade = [
      'To upgrade from the 1.x line, replace every call to the old measure function with the new one, then rebuild your themes with the converter that ships with the toolkit; the converter reports every size it could not translate.',
      'Most applications need no other change. Those that set pixel sizes by hand should read the migration notes before they upgrade, because every size is now a logical pixel and a hand-set size will come out larger on dense screens.',
    ];
    const rows = ['1.0', '2019-03-01', 'First public release', '1.1', '2019-06-01', 'Faster text measurement', '2.0', '2020-01-15', 'Logical pixels everywhere'];
    const lines = ['Release history of the widget toolkit', intro, 'Version', 'Date', 'Comment', ...rows, 'Upgrading', ...upgrade];
    expect(walls(lines)).toEqual([]);
    const r = clean(lines.join('\n'), { from: 'text' });
    for (const p of upgrade) expect(r.text).toContain(p);
  });

  it('a bare label is no bad neighbour: the table cells around a "Comment" column are kept, the label alone dropped', () => {
    const intro = 'The sensor kit runs on any of the boards below. They differ in memory and in how many sensors one board can read at the same rate, so pick the one that matches your probes.';
    const after = 'Each probe has three wires. Connect the red wire to the 3.3 V pin, the black wire to ground and the yellow wire to any free data pin; the setup tool finds the probe on whichever pin you chose, and names it after the pin.';
    const cells = ['Board', 'Memory', 'Comment', 'Model A', '512 MB', 'Enough for four probes', 'Model B', '1 GB', 'Reads up to twelve probes'];
    const lines = ['Choosing a board | Sensor Kit Docs', intro, ...cells, 'Wiring the probes', after];
    const measured = classifyStep(measureStep(doc(lines)));
    const confirmed = confirmCommentWalls(measured, measured.first);
    const label = lines.indexOf('Comment');
    expect(confirmed[label]).toMatchObject({ cls: 'bad', reason: 'comments', label: true });
    expect(confirmed[label]?.section).toBeUndefined();
    // Read past like a short line: every cell and the heading after the table revise to good.
    const revised = reviseClasses(confirmed);
    for (let i = 2; i < lines.length; i += 1) expect([lines[i], revised[i]]).toEqual([lines[i], 'good']);
    const r = clean(lines.join('\n'), { from: 'text' });
    expect(r.dropped.filter((d) => d.line > 1).map((d) => d.text)).toEqual(['Comment']);
    expect(r.text).toContain('512 MB');
  });

  it('stays a wall over posts, over nothing but teasers, and when it says comments by itself', () => {
    const posts = ['Comments', 'maria_g', 'Me parece una buena noticia para el barrio, aunque llega tarde y sin presupuesto suficiente para las obras.', 'Reply', 'jlopez', 'Ya veremos en septiembre si se cumple.', 'Reply'];
    expect(walls([...LEAD, ...posts])).toEqual([2, 5, 8]); // the heading and each "Reply"
    const teasers = ['Comments', 'Advertisement', 'Más noticias', 'El mercado de abastos abre los domingos...', 'por Redacción', 'Nueva línea de autobús al hospital...'];
    expect(walls([...LEAD, ...teasers])).toEqual([2]);
    expect(walls([...LEAD, '12 Comments', ...REST])).toEqual([2]);
    expect(walls([...LEAD, 'Leave a Reply', ...REST])).toEqual([2]);
  });

  it('posts with timestamped headers under a bare "Replies" confirm it', () => {
    const thread = ['Replies', 'BMilton | Feb 24, 2006 02:35am | #1', REST[0] as string, 'Napie | Feb 24, 2006 05:13am | #2', REST[1] as string];
    expect(walls([...LEAD, ...thread])).toEqual([2]);
  });
});
