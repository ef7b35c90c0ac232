import { sgIngressFromInternetRule } from '../lib/sgIngressRuleFactory.js';
export default sgIngressFromInternetRule({ id: 'vpc_security_group_ingress_from_internet_to_port_3389', label: 'RDP', ports: [3389], protocols: ['tcp', 'udp'], severity: 'high', references: ['CIS AWS Foundations 5.2/5.3', 'AWS FSBP EC2.14'] });
