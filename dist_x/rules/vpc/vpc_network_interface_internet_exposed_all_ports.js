import { internetExposureRule } from '../lib/exposureRuleFactory.js';
export default internetExposureRule({ id: 'vpc_network_interface_internet_exposed_all_ports', label: 'all TCP or UDP ports', ports: 'all', severity: 'critical' });
