import { naclIngressFromInternetRule } from '../lib/naclRuleFactory.js';
export default naclIngressFromInternetRule({ id: 'vpc_network_acl_ingress_from_internet_to_port_3389', label: 'RDP', port: 3389, references: ['CIS AWS Foundations 5.1', 'AWS FSBP EC2.21'] });
