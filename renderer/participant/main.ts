// Entry of the participant page that phones load from the room server.
import './participant.css';
import { startParticipantPage } from './app';

startParticipantPage(document.getElementById('app')!, window.localStorage, window.location);
