import { render } from 'preact';
import { SummaryPage } from '../../components/summary/SummaryPage';
import '../sidepanel/style.css';
import './print.css';

render(<SummaryPage today={new Date()} />, document.getElementById('app')!);
