#!/usr/bin/env bash
# Starts a small throw-away OpenLDAP directory on loopback for trying Directory Synchronization
# (and for scripts/screenshots.sh): dc=acme,dc=example with a read-only bind identity
# cn=sync,dc=acme,dc=example (password demo-sync) and people in acme.example, a few of whom the
# demo database knows already. Prints the ldap:// URL; stop it with: kill "$(cat DIR/slapd.pid)".
# Usage: scripts/demo-directory.sh DIR [PORT]
set -euo pipefail
dir=$(realpath -m "$1")
port=${2:-3890}
mkdir -p "$dir/data"
cat >"$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile $dir/slapd.pid
access to attrs=userPassword by anonymous auth by * none
access to * by dn.exact="cn=sync,dc=acme,dc=example" read by * none
database mdb
maxsize 268435456
suffix "dc=acme,dc=example"
rootdn "cn=admin,dc=acme,dc=example"
rootpw demo-admin
directory $dir/data
CONF
{
  printf 'dn: dc=acme,dc=example\nobjectClass: dcObject\nobjectClass: organization\no: Acme\ndc: acme\n\n'
  printf 'dn: cn=sync,dc=acme,dc=example\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\ncn: sync\nuserPassword: demo-sync\n\n'
  printf 'dn: ou=people,dc=acme,dc=example\nobjectClass: organizationalUnit\nou: people\n\n'
  person() { # UID MAIL NAME
    printf 'dn: uid=%s,ou=people,dc=acme,dc=example\nobjectClass: inetOrgPerson\nuid: %s\ncn: %s\nsn: %s\nmail: %s\n\n' \
      "$1" "$1" "$3" "${3##* }" "$2"
  }
  first=(Ada Ben Cleo Dev Ezra Fay Gus Hana Ivo Jun Kai Lena Milo Nia Otto Pia Quinn Rosa Sami Tara Uli Vera Wes Xena Yusuf)
  for i in "${!first[@]}"; do
    name="${first[$i]} Directory"
    person "$(echo "${first[$i]}" | tr 'A-Z' 'a-z').dir" "$(echo "${first[$i]}" | tr 'A-Z' 'a-z').dir@acme.example" "$name"
  done
  person carol.basic carol.basic@acme.example "Carol Basic (directory)"
  person outsider outsider@elsewhere.example "Out Sider"
} >"$dir/seed.ldif"
slapadd -q -f "$dir/slapd.conf" -l "$dir/seed.ldif"
user_args=()
if [ "$(id -u)" -eq 0 ] && id openldap >/dev/null 2>&1; then
  chown -R openldap:openldap "$dir"
  chmod o+x "$(dirname "$dir")" # slapd, as openldap, must reach its folder (a private mktemp one too)
  user_args=(-u openldap -g openldap)
fi
/usr/sbin/slapd -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/" "${user_args[@]}"
for _ in $(seq 50); do
  [ -s "$dir/slapd.pid" ] && break
  sleep 0.1
done
echo "ldap://127.0.0.1:$port"
