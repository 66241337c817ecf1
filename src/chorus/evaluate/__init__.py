"""`chorus eval`: ROUGE, speed and memory of chorus and its peers on the same clusters."""
