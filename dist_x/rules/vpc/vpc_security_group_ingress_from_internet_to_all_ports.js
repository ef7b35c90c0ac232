import { sgIngressFromInternetRule } from '../lib/sgIngressRuleFactory.js';
export default sgIngressFromInternetRule({ id: 'vpc_security_group_ingress_from_internet_to_all_ports', label: 'traffic on every port', ports: 'all', severity: 'critical', references: ['AWS FSBP EC2.19 (unrestricted access to high-risk ports)'] });
