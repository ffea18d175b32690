// Method and attribution of the four-level framework.
import type { Content } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../shared/report/model';
import { heading, paragraph } from './blocks';

export function method(model: ReportModel): Content[] {
  return [heading('Method and attribution'), ...model.method.paragraphs.map((p) => paragraph(p)), paragraph(model.method.attribution, 'small')];
}
