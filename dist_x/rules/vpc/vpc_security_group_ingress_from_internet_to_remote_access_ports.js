import { sgIngressFromInternetRule } from '../lib/sgIngressRuleFactory.js';
export default sgIngressFromInternetRule({ id: 'vpc_security_group_ingress_from_internet_to_remote_access_ports', label: 'remote access (Telnet, VNC, WinRM, SMB)', ports: [23, 445, 5500, 5900, 5985, 5986], severity: 'high', references: ['AWS FSBP EC2.19'] });
