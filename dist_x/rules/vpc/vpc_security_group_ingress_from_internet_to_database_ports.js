import { sgIngressFromInternetRule } from '../lib/sgIngressRuleFactory.js';
export default sgIngressFromInternetRule({ id: 'vpc_security_group_ingress_from_internet_to_database_ports', label: 'database access', ports: [1433, 1521, 3306, 5432, 6379, 9042, 9200, 11211, 27017], severity: 'high', references: ['AWS FSBP EC2.19'] });
