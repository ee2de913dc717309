# a node watched while its kubelet stops
kubectl get nodes node01 -w
sim node stop node01
sleep 60
cat > note.txt <<EOF
done
EOF
cat note.txt
sim crash nope
kubectl get pdos
kubectl get nodes --watch-only
