package org.governance.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Which connections a set of NetworkPolicies admits, evaluated the way Kubernetes does for ingress: a pod selected by
 * no policy admits everything; a selected pod admits what at least one rule of one selecting policy admits.
 */
final class NetworkFlows {

    /** A pod: its name (for the report), namespace, labels and, as a destination, its TCP ports. */
    record Pod(String name, String namespace, Map<String, String> labels, List<Integer> ports) {
    }

    private NetworkFlows() {
    }

    /** Every "source -> destination:port" admitted among the pods (a pod never counts as talking to itself). */
    static TreeSet<String> admitted(List<NetworkPolicy> policies, List<Pod> pods) {
        TreeSet<String> flows = new TreeSet<>();
        for (Pod destination : pods) {
            for (Pod source : pods) {
                if (source == destination) {
                    continue;
                }
                for (int port : destination.ports()) {
                    if (admits(policies, source, destination, port)) {
                        flows.add(source.name() + " -> " + destination.name() + ":" + port);
                    }
                }
            }
        }
        return flows;
    }

    static boolean admits(List<NetworkPolicy> policies, Pod source, Pod destination, int port) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> destination.namespace().equals(p.getMetadata().getNamespace()))
                .filter(p -> p.getSpec().getPolicyTypes() == null || p.getSpec().getPolicyTypes().contains("Ingress"))
                .filter(p -> matches(p.getSpec().getPodSelector(), destination.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : selecting) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                if (portMatches(rule.getPorts(), port) && sourceMatches(rule.getFrom(), source, policy.getMetadata().getNamespace())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean portMatches(List<NetworkPolicyPort> ports, int port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort allowed : ports) {
            IntOrString value = allowed.getPort();
            boolean tcp = allowed.getProtocol() == null || "TCP".equals(allowed.getProtocol());
            if (tcp && (value == null || (value.getIntVal() != null && value.getIntVal() == port))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sourceMatches(List<NetworkPolicyPeer> from, Pod source, String policyNamespace) {
        if (from == null || from.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : from) {
            if (peer.getIpBlock() != null) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null
                    ? source.namespace().equals(policyNamespace)
                    : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", source.namespace()));
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), source.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> required : selector.getMatchLabels().entrySet()) {
                if (!required.getValue().equals(labels.get(required.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new IllegalArgumentException("unknown operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
