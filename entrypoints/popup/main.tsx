import { render } from 'preact';
import { App } from '@/components/App';
import '@/components/theme.css';
import '@/components/popup.css';
import { createBrowserApi } from './browser-api';

const api = createBrowserApi();
// Ask the page before rendering anything: the round trip overlaps Preact's first render.
const first = api.analyze(false);
render(<App api={api} first={first} />, document.getElementById('app')!);
