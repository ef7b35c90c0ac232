import { internetExposureRule } from '../lib/exposureRuleFactory.js';
export default internetExposureRule({ id: 'vpc_network_interface_internet_exposed_admin_ports', label: 'remote administration (SSH, RDP)', ports: [22, 3389], severity: 'critical' });
