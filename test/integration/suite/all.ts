// Every suite file, imported statically so one bundle holds the whole suite (web and desktop).
import './activation.test';
import './highlighting.test';
import './hover.test';
import './diagnostics.test';
import './quickfix.test';
import './fixall.test';
import './edits.test';
import './sidecar.test';
import './outline.test';
import './web.test';
import './workflow.test';
import './hostile.test';
import './first-hour.test';
import './min-confidence.test';
import './seen-on-screen.test';
import './foreign-names.test';
