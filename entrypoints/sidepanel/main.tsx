import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import '@/components/theme.css';
import '@/components/library/library.css';
import { createLibraryApi } from './library-api';

render(<LibraryApp api={createLibraryApi()} />, document.getElementById('app')!);
