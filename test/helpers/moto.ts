export { freePort, motoClientConfig, startMoto, type Moto } from '../../scripts/lib/motoServer.js';
