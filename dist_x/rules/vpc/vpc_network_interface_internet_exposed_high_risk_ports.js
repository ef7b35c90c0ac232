import { internetExposureRule } from '../lib/exposureRuleFactory.js';
/** Services that should never face the internet directly: file sharing, remote desktop, Docker/Kubernetes APIs, model-server management. */
export default internetExposureRule({
    id: 'vpc_network_interface_internet_exposed_high_risk_ports',
    label: 'high-risk service ports (Telnet, SMB, NetBIOS, VNC, WinRM, Docker, Kubernetes, TorchServe management)',
    ports: [23, 135, 137, 138, 139, 445, 2375, 2376, 5900, 5985, 5986, 6443, 8081, 10250],
    severity: 'high',
});
