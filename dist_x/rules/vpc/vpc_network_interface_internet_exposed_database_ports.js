import { internetExposureRule } from '../lib/exposureRuleFactory.js';
export default internetExposureRule({ id: 'vpc_network_interface_internet_exposed_database_ports', label: 'database and cache ports', ports: [1433, 1521, 3306, 5432, 6379, 9042, 9200, 11211, 27017], severity: 'high' });
