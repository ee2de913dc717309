/**
 * PURPOSE: the table of programs the shell can run, by name.
 * MODELS: a shell's command lookup, https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_09_01_01
 * NOT MODELLED: PATH, aliases other than `k` for kubectl.
 */
import { base64 } from "./builtins/base64";
import { cat } from "./builtins/cat";
import { cd, pwd } from "./builtins/cd";
import { echo } from "./builtins/echo";
import { grep } from "./builtins/grep";
import { head } from "./builtins/head";
import { ls } from "./builtins/ls";
import { mkdir } from "./builtins/mkdir";
import { rm } from "./builtins/rm";
import { clear, exit, falseCommand, help, history, hostname, sleep, ssh, trueCommand, whoami } from "./builtins/session";
import { sort } from "./builtins/sort";
import { tail } from "./builtins/tail";
import { tee } from "./builtins/tee";
import { touch } from "./builtins/touch";
import { uniq } from "./builtins/uniq";
import { wc } from "./builtins/wc";
import { crictl } from "./commands/crictl/crictl";
import { docker } from "./commands/docker/docker";
import { kubectl } from "./commands/kubectl/kubectl";
import { curlOnHost } from "./commands/node/curl";
import { etcdctl } from "./commands/node/etcdctl";
import { ip } from "./commands/node/ip";
import { iptables, iptablesSave } from "./commands/node/iptables";
import { journalctl } from "./commands/node/journalctl";
import { nslookupOnHost } from "./commands/node/nslookup";
import { ps } from "./commands/node/ps";
import { systemctl } from "./commands/node/systemctl";
import type { CommandFn } from "./types";

export const COMMAND_TABLE: ReadonlyMap<string, CommandFn> = new Map<string, CommandFn>([
  ["base64", base64],
  ["cat", cat],
  ["cd", cd],
  ["clear", clear],
  ["crictl", crictl],
  ["curl", curlOnHost],
  ["docker", docker],
  ["etcdctl", etcdctl],
  ["ip", ip],
  ["iptables", iptables],
  ["iptables-save", iptablesSave],
  ["journalctl", journalctl],
  ["nslookup", nslookupOnHost],
  ["echo", echo],
  ["exit", exit],
  ["false", falseCommand],
  ["grep", grep],
  ["head", head],
  ["help", help],
  ["history", history],
  ["hostname", hostname],
  ["k", kubectl],
  ["kubectl", kubectl],
  ["logout", exit],
  ["ls", ls],
  ["mkdir", mkdir],
  ["ps", ps],
  ["pwd", pwd],
  ["rm", rm],
  ["sleep", sleep],
  ["sort", sort],
  ["ssh", ssh],
  ["systemctl", systemctl],
  ["tail", tail],
  ["tee", tee],
  ["touch", touch],
  ["true", trueCommand],
  ["uniq", uniq],
  ["wc", wc],
  ["whoami", whoami],
]);
