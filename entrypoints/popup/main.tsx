import { render } from 'preact';
import { App } from '@/components/App';
import '@/components/popup.css';
import { createBrowserApi } from './browser-api';

render(<App api={createBrowserApi()} />, document.getElementById('app')!);
