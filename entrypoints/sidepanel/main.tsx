import { render } from 'preact';
import { App } from '../../components/panel/App';
import './style.css';

const tabParam = new URLSearchParams(location.search).get('tabId');
const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;

render(<App tabId={tabId} />, document.getElementById('app')!);
