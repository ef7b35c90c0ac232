import { sgIngressFromInternetRule } from '../lib/sgIngressRuleFactory.js';
export default sgIngressFromInternetRule({ id: 'vpc_security_group_ingress_from_internet_to_port_22', label: 'SSH', ports: [22], protocols: ['tcp', 'udp'], severity: 'high', references: ['CIS AWS Foundations 5.2/5.3', 'AWS FSBP EC2.13'] });
