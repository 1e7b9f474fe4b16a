// Checked by `tsc -p tsconfig.json`, never run: a field reference must name a field that the
// record's definition has, and its value must have that field's type.
import { assessmentField, followUpField, setField } from '../../src/domain/changes';

setField(assessmentField('a', 'business', 'name'), 'Kotihoito Kaarna');
setField(followUpField('f', 'actions', 'x', 'comment'), 'Tehty');

// @ts-expect-error a field the assessment does not have
assessmentField('a', 'business', 'nmae');
// @ts-expect-error a key question that does not exist
assessmentField('a', 'keyQuestions', 'whom', 'answer');
// @ts-expect-error the follow-up has no business
followUpField('f', 'business', 'name');
// @ts-expect-error a level is a number, not text
setField(followUpField('f', 'customerLevels', 'surveys', 'now'), 'three');
