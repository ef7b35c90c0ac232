import { sgIngressFromInternetRule } from '../lib/sgIngressRuleFactory.js';
/** The port list of Security Hub EC2.19 (FTP, SSH, Telnet, SMTP, POP3, RPC, IMAP, SMB, SQL Server, dev servers, MySQL, RDP, PostgreSQL, VNC, Kibana, proxies, Elasticsearch). */
export default sgIngressFromInternetRule({
    id: 'vpc_security_group_ingress_from_internet_to_high_risk_ports',
    label: 'high-risk service access',
    ports: [20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300],
    severity: 'high',
    references: ['AWS FSBP EC2.19'],
});
