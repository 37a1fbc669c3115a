// Prints the seed buffer as Rust programs print byte vectors
// (rustc println.rs -o /tmp/p && /tmp/p > rust.txt).
fn main() {
    let b: Vec<u8> = std::fs::read("seed.bin").unwrap();
    println!("{:?}\n", b);
    println!("{:#?}\n", b);
    println!("{:#x?}\n", &b[..]);
    println!("{:02x?}\n", b);
    println!("{:x?}", b);
}
